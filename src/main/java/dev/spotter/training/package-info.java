/**
 * Training: what a client actually did. The Today screen picks the next session of their published program,
 * they log each set as they go (safely resent from a phone with a poor connection), finish with how hard it felt,
 * and their coach reads the sessions back, sees how closely the plan is followed, and comments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package dev.spotter.training;
