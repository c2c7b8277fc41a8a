/**
 * Studios and the people in them: sign-up, members and roles, invitations, personal access tokens, studio
 * settings and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Studios")
package dev.spotter.studios;
