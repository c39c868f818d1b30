package crmcopilot.learning.web;

import java.util.UUID;

import crmcopilot.learning.internal.NonFiniteModelException;
import crmcopilot.learning.internal.federation.AggregationRequest;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a manager or an ops person does from the monitor: train, personalise, deploy,
 * configure, aggregate. Each action redirects to the monitor with a message in the
 * reader's language.
 */
@Controller
@RequestMapping("/learning")
class LearningActionsController {

	static final String MONITOR = "redirect:/learning";

	private final ModelTraining training;

	private final Deployments deployments;

	private final MerchantConfigs configs;

	private final FederatedAggregation aggregation;

	private final MessageSource messages;

	LearningActionsController(ModelTraining training, Deployments deployments, MerchantConfigs configs,
			FederatedAggregation aggregation, MessageSource messages) {
		this.training = training;
		this.deployments = deployments;
		this.configs = configs;
		this.aggregation = aggregation;
		this.messages = messages;
	}

	@PostMapping("/train")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String train(Caller caller, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.trained", () -> this.training.train(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/train-personalized")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String trainPersonalized(Caller caller, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.personalized",
				() -> this.training.trainPersonalized(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/runs/{id}/deploy")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String deploy(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.deployed", () -> this.deployments.deploy(caller.workspaceId(), id,
				caller.actor(), Deployments.DeployRequest.of("deployed from the AI monitor")));
	}

	@PostMapping("/rollback")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String rollback(Caller caller, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.rolled-back",
				() -> this.deployments.rollback(caller.workspaceId(), caller.actor(), null));
	}

	@PostMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String config(Caller caller, @Valid @ModelAttribute("configForm") ConfigForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refuse(redirect, result);
		}
		return act(redirect, "learning.flash.config",
				() -> this.configs.updateConfig(caller.workspaceId(), form.change(), caller.actor()));
	}

	@PostMapping("/aggregate")
	@PreAuthorize("hasAuthority('ai.training.aggregate')")
	String aggregate(Caller caller, @Valid @ModelAttribute("aggregateForm") AggregateForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refuse(redirect, result);
		}
		return act(redirect, "learning.flash.aggregated",
				() -> this.aggregation.aggregate(AggregationRequest.withMinContributors(form.getMinContributors()),
						caller.workspaceId(), caller.actor()));
	}

	private String act(RedirectAttributes redirect, String message, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (InvalidInputException ex) {
			String key = ex.messageKey();
			redirect.addFlashAttribute("errorText",
					(key != null)
							? this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key },
									ex.arguments(), ex.getMessage()), LocaleContextHolder.getLocale())
							: ex.getMessage());
		}
		catch (NonFiniteModelException ex) {
			redirect.addFlashAttribute("errorText", this.messages.getMessage("learning.error.non-finite-model", null,
					ex.getMessage(), LocaleContextHolder.getLocale()));
		}
		return MONITOR;
	}

	/** The first field's message, already in the reader's language (see the forms). */
	private String refuse(RedirectAttributes redirect, BindingResult result) {
		FieldError error = result.getFieldError();
		redirect.addFlashAttribute("errorText", this.messages
			.getMessage((error != null) ? error : result.getAllErrors().get(0), LocaleContextHolder.getLocale()));
		return MONITOR;
	}

}
