/**
 * Tenants (workspaces), their users, roles, named permissions, API tokens, settings and
 * encrypted secrets; the security of the whole service.
 */
@ApplicationModule(allowedDependencies = { "shared", "web" })
@NullMarked
package crmcopilot.workspace;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
