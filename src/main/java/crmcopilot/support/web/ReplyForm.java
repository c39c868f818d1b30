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

	private @Nullable String lastReplyId;

	ReplyForm() {
	}

	ReplyForm(String text, @Nullable UUID lastReplyId) {
		this.text = text;
		setLastReply(lastReplyId);
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/**
	 * The thread's last reply when the page was shown (empty: none), for a send to be
	 * refused when someone replied since; null when the form did not say (a client
	 * posting the reply alone), then nothing is checked.
	 */
	public @Nullable String getLastReplyId() {
		return this.lastReplyId;
	}

	public void setLastReplyId(@Nullable String lastReplyId) {
		this.lastReplyId = lastReplyId;
	}

	void setLastReply(@Nullable UUID lastReplyId) {
		this.lastReplyId = (lastReplyId != null) ? lastReplyId.toString() : "";
	}

	/** Whether the form carries the last reply seen. */
	boolean checksLastReply() {
		return this.lastReplyId != null;
	}

	/**
	 * The last reply seen, null for none; a value that is not an id matches no reply.
	 */
	@Nullable UUID lastReply() {
		if (this.lastReplyId == null || this.lastReplyId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(this.lastReplyId.strip());
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	/** For an automatic reply's correction: whether it goes to the customer. */
	public boolean isFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

}
