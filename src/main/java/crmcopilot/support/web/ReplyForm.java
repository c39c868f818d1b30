package crmcopilot.support.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The ticket page's reply: the text sent to the customer, pre-filled with the copilot's
 * proposal.
 */
class ReplyForm {

	@NotBlank(message = "{support.reply.empty}")
	@Size(max = 20000, message = "{support.reply.tooLong}")
	private String text = "";

	private boolean followUp;

	ReplyForm() {
	}

	ReplyForm(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/** For an automatic reply's correction: whether it goes to the customer. */
	public boolean isFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

}
