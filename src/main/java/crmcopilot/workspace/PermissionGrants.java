package crmcopilot.workspace;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The named permissions a module adds and the roles that hold them. Each module declares
 * one bean of this type; the security layer grants a caller every permission of its role
 * as an authority, so controllers check {@code hasAuthority('support.reply')}.
 */
public final class PermissionGrants {

	private final String module;

	private final Map<String, Set<Role>> grants = new LinkedHashMap<>();

	private PermissionGrants(String module) {
		this.module = module;
	}

	public static PermissionGrants of(String module) {
		return new PermissionGrants(module);
	}

	public PermissionGrants grant(String permission, Role... roles) {
		if (!permission.startsWith(this.module + ".")) {
			throw new IllegalArgumentException(
					"permission '%s' must start with its module '%s.'".formatted(permission, this.module));
		}
		Set<Role> holders = EnumSet.noneOf(Role.class);
		Collections.addAll(holders, roles);
		this.grants.put(permission, holders);
		return this;
	}

	public String module() {
		return this.module;
	}

	public Map<String, Set<Role>> grants() {
		return Collections.unmodifiableMap(this.grants);
	}

}
