package crmcopilot.ai.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.ai.KnownContactNames;
import crmcopilot.shared.SsrfGuard;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AiGatewayConfiguration {

	@Bean
	PromptFiles promptFiles() {
		return new PromptFiles();
	}

	@Bean
	ResultSchemas resultSchemas(JsonMapper json) {
		return new ResultSchemas(json);
	}

	@Bean
	ChatCompletionsClient chatCompletionsClient(JsonMapper json, AiSettings settings, SsrfGuard guard) {
		return new ChatCompletionsClient(json, settings.resilience().timeout(), guard,
				settings.llm().toConfig().baseUrl());
	}

	@Bean
	ProviderResilience providerResilience(AiSettings settings) {
		return new ProviderResilience(settings.resilience());
	}

	@Bean
	PriceTable priceTable(AiSettings settings) {
		return new PriceTable(settings.prices());
	}

	@Bean
	RedactionPolicy redactionPolicy(PatternPiiRedactor redactor, Workspaces workspaces,
			ObjectProvider<KnownContactNames> knownNames) {
		return new RedactionPolicy(redactor,
				(workspaceId) -> workspaces.find(workspaceId).map(Workspace::privacyLevel).orElse(PrivacyLevel.PRIVATE),
				(workspaceId) -> {
					Set<String> names = new LinkedHashSet<>();
					knownNames.orderedStream().forEach((source) -> {
						Collection<String> found = source.names(workspaceId);
						names.addAll((found != null) ? found : List.of());
					});
					return names;
				});
	}

	@Bean
	LlmGateway aiGateway(WorkspaceProviders providers, PromptLibrary prompts, ChatCompletionsClient client,
			ProviderResilience resilience, ResultSchemas schemas, RedactionPolicy redaction, JdbcAiCallLog calls,
			PriceTable prices, JsonMapper json) {
		return new LlmGateway(providers, prompts, client, resilience, schemas, redaction, calls, prices, json);
	}

}
