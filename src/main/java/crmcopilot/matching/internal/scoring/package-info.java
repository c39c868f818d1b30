/** Hard filters and the explainable weighted score of a client against shoppers. */
@NullMarked
package crmcopilot.matching.internal.scoring;

import org.jspecify.annotations.NullMarked;
