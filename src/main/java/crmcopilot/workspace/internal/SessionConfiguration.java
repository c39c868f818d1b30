package crmcopilot.workspace.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database (Spring Session JDBC, tables from the migrations), so
 * that any instance behind a load balancer serves any request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeSerialization() {
		return (repository) -> {
			SessionAttributeSerializer serializer = new SessionAttributeSerializer(
					SessionConfiguration.class.getClassLoader());
			GenericConversionService conversions = new GenericConversionService();
			conversions.addConverter(Object.class, byte[].class, new SerializingConverter(serializer));
			conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(serializer));
			repository.setConversionService(conversions);
		};
	}

}
