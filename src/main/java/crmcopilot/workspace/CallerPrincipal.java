package crmcopilot.workspace;

/**
 * Implemented by every kind of authenticated principal (session user, SSO user, API
 * token).
 */
public interface CallerPrincipal {

	Caller caller();

}
