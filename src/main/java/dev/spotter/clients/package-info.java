/**
 * Clients: their profile and goals, health screening (PAR-Q+ and the ACSM 2015 pre-participation algorithm),
 * conditions and injuries mapped onto exercise safety tags, clearance, and the safety profile every programme
 * and session respects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package dev.spotter.clients;
