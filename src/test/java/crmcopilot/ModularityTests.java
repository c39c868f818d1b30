package crmcopilot;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	// read once for both tests: the class scan is the slow part
	private static final ApplicationModules MODULES = ApplicationModules.of(CopilotApplication.class);

	@Test
	void module_boundaries_hold() {
		MODULES.verify();
	}

	@Test
	void writes_module_documentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
