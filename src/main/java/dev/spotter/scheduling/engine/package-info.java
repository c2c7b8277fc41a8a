/**
 * Plain-Java scheduling rules: free slots from weekly hours, exceptions, time off and busy time, and the
 * expansion of RFC 5545 recurrence rules in a studio's time zone, both correct across daylight-saving changes.
 */
package dev.spotter.scheduling.engine;
