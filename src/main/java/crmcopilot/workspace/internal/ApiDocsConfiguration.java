package crmcopilot.workspace.internal;

import crmcopilot.workspace.Caller;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document leaves out the {@link Caller} argument of API methods: it comes
 * from the authentication ({@link CallerArgumentResolver}), not from the request.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

}
