package crmcopilot.support.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The ticket page's reply: the text sent to the customer, pre-filled with the copilot's
 * proposal.
 */
class ReplyForm {

	@NotBlank(message = "{support.reply.empty}")
	@Size(max = 20000, message = "{support.reply.tooLong}")
	private String text = "";

	private boolean followUp;

	private @Nullable UUID lastReplyId;

	ReplyForm() {
	}

	ReplyForm(String text, @Nullable UUID lastReplyId) {
		this.text = text;
		this.lastReplyId = lastReplyId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/** For an automatic reply's correction: whether it goes to the customer. */
	/**
	 * The thread's last reply when the page was shown: a send is refused when someone
	 * replied since.
	 */
	public @Nullable UUID getLastReplyId() {
		return this.lastReplyId;
	}

	public void setLastReplyId(@Nullable UUID lastReplyId) {
		this.lastReplyId = lastReplyId;
	}

	public boolean isFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

}
