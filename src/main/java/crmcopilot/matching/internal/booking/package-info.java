/**
 * Shoppers' working hours, clients' preferred windows and booked appointments.
 */
@NullMarked
package crmcopilot.matching.internal.booking;

import org.jspecify.annotations.NullMarked;
