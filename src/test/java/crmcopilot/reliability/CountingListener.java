package crmcopilot.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on every interface (IPv4 and IPv6) that counts the connections it
 * accepts and closes them: the internal service an outbound request must never reach.
 */
final class CountingListener implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger connections = new AtomicInteger();

	CountingListener() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getByName("::"));
		Thread.ofVirtual().start(() -> {
			while (!this.socket.isClosed()) {
				try (Socket accepted = this.socket.accept()) {
					this.connections.incrementAndGet();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
	}

	int port() {
		return this.socket.getLocalPort();
	}

	int connections() {
		return this.connections.get();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
