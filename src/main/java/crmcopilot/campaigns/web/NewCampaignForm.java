package crmcopilot.campaigns.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.Objective;
import crmcopilot.campaigns.Platform;

/** Step 1 confirmed: the brief and the fields it pre-filled, as corrected by a person. */
class NewCampaignForm {

	@NotBlank
	private @Nullable String briefText;

	/** As long as the {@code campaign_runs.name} column. */
	@Size(max = 200)
	private @Nullable String name;

	@NotNull
	private @Nullable Objective objective;

	@NotNull
	private @Nullable Media media;

	@NotNull
	private @Nullable Platform platform;

	private @Nullable String productRange;

	/** Target hints separated by commas. */
	private @Nullable String targets;

	private @Nullable String client;

	private @Nullable String business;

	@PositiveOrZero
	private @Nullable Double budget;

	@PositiveOrZero
	private @Nullable Long volume;

	/** The brief, once the form is valid. */
	CampaignBrief brief() {
		List<String> hints = (this.targets == null) ? List.of()
				: Arrays.stream(this.targets.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
		return new CampaignBrief(String.valueOf(this.briefText), Objects.requireNonNull(this.objective),
				Objects.requireNonNull(this.media), Objects.requireNonNull(this.platform), blank(this.productRange),
				hints, blank(this.client), blank(this.business), this.budget, this.volume, null, null);
	}

	static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public @Nullable String getBriefText() {
		return this.briefText;
	}

	public void setBriefText(@Nullable String briefText) {
		this.briefText = briefText;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Objective getObjective() {
		return this.objective;
	}

	public void setObjective(@Nullable Objective objective) {
		this.objective = objective;
	}

	public @Nullable Media getMedia() {
		return this.media;
	}

	public void setMedia(@Nullable Media media) {
		this.media = media;
	}

	public @Nullable Platform getPlatform() {
		return this.platform;
	}

	public void setPlatform(@Nullable Platform platform) {
		this.platform = platform;
	}

	public @Nullable String getProductRange() {
		return this.productRange;
	}

	public void setProductRange(@Nullable String productRange) {
		this.productRange = productRange;
	}

	public @Nullable String getTargets() {
		return this.targets;
	}

	public void setTargets(@Nullable String targets) {
		this.targets = targets;
	}

	public @Nullable String getClient() {
		return this.client;
	}

	public void setClient(@Nullable String client) {
		this.client = client;
	}

	public @Nullable String getBusiness() {
		return this.business;
	}

	public void setBusiness(@Nullable String business) {
		this.business = business;
	}

	public @Nullable Double getBudget() {
		return this.budget;
	}

	public void setBudget(@Nullable Double budget) {
		this.budget = budget;
	}

	public @Nullable Long getVolume() {
		return this.volume;
	}

	public void setVolume(@Nullable Long volume) {
		this.volume = volume;
	}

}
