package crmcopilot.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Used by {@code ./copilot bench startup}: when the server is ready, reports the time
 * since the JVM started and the heap used after a full GC, then stops the server.
 */
@Component
@ConditionalOnProperty("copilot.bench.report-startup")
class StartupReporter {

	static final String MARKER = "COPILOT_BENCH_READY";

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		System.gc();
		long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
		System.out.printf("%s startup_ms=%d heap_mb=%d%n", MARKER, uptimeMs, heapMb);
		System.out.flush();
		ConfigurableApplicationContext context = event.getApplicationContext();
		new Thread(context::close, "bench-shutdown").start();
	}

}
