package crmcopilot.workspace.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import crmcopilot.workspace.PermissionGrants;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;

import org.springframework.stereotype.Component;

/** Assembles the {@link PermissionGrants} every module declares. */
@Component
class PermissionRegistry implements Permissions {

	private final Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);

	private final Map<String, Set<Role>> all = new TreeMap<>();

	PermissionRegistry(List<PermissionGrants> grants) {
		for (Role role : Role.values()) {
			this.byRole.put(role, new TreeSet<>());
		}
		for (PermissionGrants moduleGrants : grants) {
			moduleGrants.grants().forEach((permission, roles) -> {
				if (this.all.putIfAbsent(permission, roles) != null) {
					throw new IllegalStateException("permission declared twice: " + permission);
				}
				roles.forEach((role) -> this.byRole.get(role).add(permission));
			});
		}
	}

	@Override
	public Set<String> of(Role role) {
		return Collections.unmodifiableSet(this.byRole.get(role));
	}

	@Override
	public Map<String, Set<Role>> all() {
		return Collections.unmodifiableMap(this.all);
	}

}
