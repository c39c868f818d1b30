package crmcopilot.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeSerializerTests {

	private final SessionAttributeSerializer serializer = new SessionAttributeSerializer(getClass().getClassLoader());

	@Test
	void should_carry_records_that_are_not_serializable_in_flash_attributes() throws Exception {
		FlashMap flash = new FlashMap();
		flash.put("batch", new Batch(3, List.of(new Line("a", 1.5), new Line("b", null))));
		flash.put("message", "matching.board.batchDone");

		Object back = this.serializer.deserialize(this.serializer.serialize(List.of(flash)));

		assertThat(back).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement()
			.isEqualTo(flash);
	}

	@Test
	void should_carry_the_caller_of_a_signed_in_user() throws Exception {
		Caller caller = new Caller(UUID.randomUUID(), "Maison", UUID.randomUUID(), null, "Ana", "ana@example.test",
				Role.MANAGER, Set.of("support.view"));

		assertThat(this.serializer.deserialize(this.serializer.serialize(Map.of("caller", caller))))
			.isEqualTo(Map.of("caller", caller));
	}

	record Batch(int assigned, List<Line> lines) {

	}

	record Line(String name, Double score) {

	}

}
