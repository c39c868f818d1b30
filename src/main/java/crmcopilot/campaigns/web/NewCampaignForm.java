package crmcopilot.campaigns.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;

/** Step 1 confirmed: the brief and the fields it pre-filled, as corrected by a person. */
class NewCampaignForm {

	@NotBlank
	private @Nullable String briefText;

	private @Nullable String name;

	@NotBlank
	private @Nullable String objective;

	@NotBlank
	private @Nullable String media;

	@NotBlank
	private @Nullable String platform;

	private @Nullable String productRange;

	/** Target hints separated by commas. */
	private @Nullable String targets;

	private @Nullable String client;

	private @Nullable String business;

	@PositiveOrZero
	private @Nullable Double budget;

	@PositiveOrZero
	private @Nullable Long volume;

	/** The brief, once the form is valid and its choices are among the offered ones. */
	CampaignBrief brief() {
		List<String> hints = (this.targets == null) ? List.of()
				: Arrays.stream(this.targets.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
		return new CampaignBrief(String.valueOf(this.briefText), String.valueOf(this.objective),
				String.valueOf(this.media), String.valueOf(this.platform), blank(this.productRange), hints,
				blank(this.client), blank(this.business), this.budget, this.volume, null, null);
	}

	/** The field whose value is not one of the offered choices, or null. */
	@Nullable String invalidChoice() {
		if (!CampaignBrief.OBJECTIVES.contains(this.objective)) {
			return "objective";
		}
		if (!CampaignBrief.MEDIA.contains(this.media)) {
			return "media";
		}
		return CampaignBrief.PLATFORMS.contains(this.platform) ? null : "platform";
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

	public @Nullable String getObjective() {
		return this.objective;
	}

	public void setObjective(@Nullable String objective) {
		this.objective = objective;
	}

	public @Nullable String getMedia() {
		return this.media;
	}

	public void setMedia(@Nullable String media) {
		this.media = media;
	}

	public @Nullable String getPlatform() {
		return this.platform;
	}

	public void setPlatform(@Nullable String platform) {
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
