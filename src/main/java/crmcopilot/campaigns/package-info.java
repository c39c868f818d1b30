/**
 * The marketing copilot: a campaign objective, CRM segments found by k-means, personas,
 * one persona chosen by a human, a summary, DSP targeting and a brief.
 */
@NullMarked
package crmcopilot.campaigns;

import org.jspecify.annotations.NullMarked;
