package crmcopilot.web.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code heap} in {@code /actuator/health}: DOWN when the heap still held more than
 * {@link #MAX_USED_AFTER_GC} of its maximum right after the last garbage collection, the
 * state in which every request starts failing; a supervisor watching health restarts the
 * service instead of leaving it limping (the launcher also exits on
 * {@code OutOfMemoryError}).
 */
@Component("heap")
class HeapHealthIndicator extends AbstractHealthIndicator {

	static final double MAX_USED_AFTER_GC = 0.95;

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		long used = 0;
		long max = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage afterGc = (pool.getType() == MemoryType.HEAP) ? pool.getCollectionUsage() : null;
			if (afterGc != null && afterGc.getMax() > 0) {
				used += afterGc.getUsed();
				max += afterGc.getMax();
			}
		}
		double ratio = (max > 0) ? (double) used / max : 0;
		builder.status((ratio > MAX_USED_AFTER_GC) ? "DOWN" : "UP")
			.withDetail("usedAfterLastGcMb", used / (1024 * 1024))
			.withDetail("maxMb", max / (1024 * 1024));
	}

}
