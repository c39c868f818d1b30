/**
 * Auto-learning marketing engine: per-merchant training, federated averaging of weights
 * only, personalisation, external data, auto-deploy and the AI monitor.
 */
@NullMarked
package crmcopilot.learning;

import org.jspecify.annotations.NullMarked;
