package crmcopilot.learning.model.secure;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;

/**
 * A whole secure-aggregation round between agents and the server run in one process, as
 * the offline evaluation, the benchmark and the platform-run federation do: every message
 * still goes through {@link SecureAggregationServer}, which never sees an update in the
 * clear.
 */
public final class SecureAggregation {

	/**
	 * Agents (by their index in the update list) that stop answering after a step, to
	 * exercise dropouts.
	 */
	public record Dropouts(Set<Integer> afterKeys, Set<Integer> afterShares, Set<Integer> afterInput) {

		public static final Dropouts NONE = new Dropouts(Set.of(), Set.of(), Set.of());

	}

	/** The FedAvg of the surviving agents and the server as it ended the round. */
	public record Outcome(ModelUpdate mean, SecureAggregationServer server) {
	}

	private SecureAggregation() {
	}

	/**
	 * Shares that rebuild an agent's secrets: the smallest majority of its neighbourhood
	 * ({@link Neighbourhoods}: all {@code agents} up to 9 of them, 2·⌈log₂ n⌉ + 1
	 * beyond), and never fewer than 2.
	 */
	public static int threshold(int agents) {
		return Neighbourhoods.threshold(agents);
	}

	/** The example-weighted mean of {@code updates}, learnt only as a sum. */
	public static double[] fedAvg(List<ModelUpdate> updates) {
		return run(updates, threshold(updates.size()), Dropouts.NONE).mean().weights();
	}

	/**
	 * @throws SecureAggregationException when fewer than {@code threshold} agents remain
	 * at a step
	 */
	public static Outcome run(List<ModelUpdate> updates, int threshold, Dropouts dropouts) {
		if (updates.isEmpty()) {
			throw new IllegalArgumentException("no updates to aggregate");
		}
		int length = FixedPoint.encodedLength(updates.get(0).weights().length);
		SecureRandom random = new SecureRandom();
		List<SecureAggregationClient> clients = new ArrayList<>();
		for (int i = 0; i < updates.size(); i++) {
			if (updates.get(i).weights().length + 1 != length) {
				throw new IllegalArgumentException("updates have different dimensions");
			}
			clients.add(new SecureAggregationClient(i + 1, FixedPoint.encode(updates.get(i), updates.size()), random));
		}
		SecureAggregationServer server = new SecureAggregationServer(threshold, length);
		clients.forEach((client) -> server.receiveKeys(client.advertise()));
		Roster roster = server.closeAdvertising();
		List<SecureAggregationClient> sharing = remaining(clients, dropouts.afterKeys());
		// each agent's work (key agreements, AES masks) is independent of the others':
		// they run in parallel as they would on separate machines
		List<List<EncryptedShare>> sent = sharing.parallelStream().map((client) -> client.shareKeys(roster)).toList();
		for (int i = 0; i < sent.size(); i++) {
			server.receiveShares(sharing.get(i).id(), sent.get(i));
		}
		Map<Integer, List<EncryptedShare>> inboxes = server.closeSharing();
		List<SecureAggregationClient> masking = remaining(sharing, dropouts.afterShares());
		List<long[]> masked = masking.parallelStream()
			.map((client) -> client.maskedInput(inboxes.get(client.id())))
			.toList();
		for (int i = 0; i < masked.size(); i++) {
			server.receiveMaskedInput(masking.get(i).id(), masked.get(i));
		}
		UnmaskingRequest request = server.closeMasking();
		remaining(masking, dropouts.afterInput()).forEach((client) -> server.receiveUnmasking(client.unmask(request)));
		return new Outcome(FixedPoint.decodeMean(server.closeUnmasking()), server);
	}

	private static List<SecureAggregationClient> remaining(List<SecureAggregationClient> clients,
			Set<Integer> leaving) {
		return clients.stream().filter((client) -> !leaving.contains(client.id() - 1)).toList();
	}

}
