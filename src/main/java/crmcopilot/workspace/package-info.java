/**
 * Tenants (workspaces), their users, roles, named permissions, API tokens, settings and
 * encrypted secrets; the security of the whole service.
 */
@NullMarked
package crmcopilot.workspace;

import org.jspecify.annotations.NullMarked;
