package crmcopilot.crawler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A web site on 127.0.0.1 for crawler tests; records every request it receives. */
final class LocalSite implements AutoCloseable {

	record Hit(String path, String userAgent, long nanos) {
	}

	final HttpServer server;

	final List<Hit> hits = new CopyOnWriteArrayList<>();

	LocalSite() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
	}

	LocalSite on(String path, HttpHandler handler) {
		this.server.createContext(path, (exchange) -> {
			this.hits.add(new Hit(exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
			handler.handle(exchange);
		});
		return this;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	long hitsOn(String path) {
		return this.hits.stream().filter((hit) -> hit.path().equals(path)).count();
	}

	static HttpHandler respond(int status, String contentType, byte[] body) {
		return (exchange) -> send(exchange, status, contentType, body);
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

}
