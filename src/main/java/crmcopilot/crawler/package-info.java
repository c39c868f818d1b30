/**
 * Polite fetching of public web pages (robots.txt, per-host rate limits, SSRF guard,
 * timeouts, retries, size and type limits) and parsers of schema.org product pages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package crmcopilot.crawler;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
