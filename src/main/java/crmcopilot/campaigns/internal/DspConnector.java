package crmcopilot.campaigns.internal;

import java.util.List;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.campaigns.Platform;

/**
 * Transmission of step 9's targeting to a DSP: creates the targeting assignments on an
 * existing line item that stays inactive, so a human launches it in the DSP.
 */
public interface DspConnector {

	/** The platform served. */
	Platform platform();

	/** Whether the workspace has credentials for this DSP. */
	boolean connected(UUID workspaceId);

	/**
	 * Sends the instructions to the line item.
	 * @param workspaceId whose credentials are used
	 * @param dsp the instructions of step 9
	 * @param target the line item
	 * @return what the DSP created
	 * @throws DspException when the DSP refuses or cannot be reached
	 */
	Transmission transmit(UUID workspaceId, DspTargeting.Instructions dsp, Target target);

	/**
	 * @param pauseIfActive pause an active line item before editing it (else refused)
	 */
	record Target(String advertiserId, String lineItemId, boolean pauseIfActive) {

		public Target {
			if (!advertiserId.strip().matches("\\d{1,19}")) {
				throw new InvalidInputException("advertiserId", "campaigns.error.digits", new Object[0],
						"digits expected");
			}
			if (!lineItemId.strip().matches("\\d{1,19}")) {
				throw new InvalidInputException("lineItemId", "campaigns.error.digits", new Object[0],
						"digits expected");
			}
			advertiserId = advertiserId.strip();
			lineItemId = lineItemId.strip();
		}

	}

	/**
	 * @param entityStatus the line item's status after the transmission (never active)
	 * @param paused whether an active line item was paused first
	 * @param created assigned targeting options created, as {@code TYPE: option}
	 */
	record Transmission(String lineItemId, String lineItemName, String entityStatus, boolean paused,
			List<String> created) {
	}

}
