/** Plain-Java rules of training (which session comes next, how a past performance reads), without Spring. */
package dev.spotter.training.engine;
