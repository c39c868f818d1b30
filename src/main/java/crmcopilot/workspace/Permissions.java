package crmcopilot.workspace;

import java.util.Map;
import java.util.Set;

/** The assembled permission model: every module's grants, per role. */
public interface Permissions {

	Set<String> of(Role role);

	/** Every permission, with the roles holding it, for the settings page. */
	Map<String, Set<Role>> all();

}
