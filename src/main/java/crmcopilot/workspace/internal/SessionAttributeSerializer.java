package crmcopilot.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;

/**
 * Java serialization of session attributes (stored in the database so that several
 * instances share them), which also carries this application's records that are not
 * {@link Serializable}, such as the results pages put in flash attributes: each is
 * written as its class name and component values and rebuilt through its canonical
 * constructor.
 */
final class SessionAttributeSerializer implements Serializer<Object>, Deserializer<Object> {

	private static final String OWN_PACKAGE = "crmcopilot.";

	private final @Nullable ClassLoader classLoader;

	SessionAttributeSerializer(@Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public void serialize(Object object, OutputStream outputStream) throws IOException {
		ObjectOutputStream out = new RecordReplacingOutputStream(outputStream);
		out.writeObject(object);
		out.flush();
	}

	@Override
	public Object deserialize(InputStream inputStream) throws IOException {
		try (ObjectInputStream in = new RecordResolvingInputStream(inputStream, this.classLoader)) {
			return in.readObject();
		}
		catch (ClassNotFoundException ex) {
			throw new IOException("session attribute of an unknown class", ex);
		}
	}

	byte[] serialize(Object object) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		serialize(object, bytes);
		return bytes.toByteArray();
	}

	Object deserialize(byte[] bytes) throws IOException {
		return deserialize(new ByteArrayInputStream(bytes));
	}

	/** A record that is not serializable, by its class name and component values. */
	record RecordState(String type, Object[] components) implements Serializable {

	}

	private static final class RecordReplacingOutputStream extends ObjectOutputStream {

		RecordReplacingOutputStream(OutputStream out) throws IOException {
			super(out);
			enableReplaceObject(true);
		}

		@Override
		protected Object replaceObject(Object object) throws IOException {
			Class<?> type = object.getClass();
			if (type.isRecord() && !(object instanceof Serializable) && type.getName().startsWith(OWN_PACKAGE)) {
				RecordComponent[] components = type.getRecordComponents();
				Object[] values = new Object[components.length];
				for (int i = 0; i < components.length; i++) {
					try {
						components[i].getAccessor().setAccessible(true);
						values[i] = components[i].getAccessor().invoke(object);
					}
					catch (ReflectiveOperationException ex) {
						throw new IOException("cannot read " + type.getName() + "." + components[i].getName(), ex);
					}
				}
				return new RecordState(type.getName(), values);
			}
			return object;
		}

	}

	private static final class RecordResolvingInputStream extends ConfigurableObjectInputStream {

		private final @Nullable ClassLoader classLoader;

		RecordResolvingInputStream(InputStream in, @Nullable ClassLoader classLoader) throws IOException {
			super(in, classLoader);
			this.classLoader = classLoader;
			enableResolveObject(true);
		}

		@Override
		protected Object resolveObject(Object object) throws IOException {
			if (!(object instanceof RecordState(String typeName, Object[] values))) {
				return object;
			}
			if (!typeName.startsWith(OWN_PACKAGE)) {
				throw new IOException("session attribute of a foreign record type: " + typeName);
			}
			try {
				Class<?> type = Class.forName(typeName, false, this.classLoader);
				if (!type.isRecord()) {
					throw new IOException("not a record: " + typeName);
				}
				Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
					.map(RecordComponent::getType)
					.toArray(Class<?>[]::new);
				Constructor<?> constructor = type.getDeclaredConstructor(parameters);
				constructor.setAccessible(true);
				return constructor.newInstance(values);
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				throw new IOException("cannot rebuild " + typeName, ex);
			}
		}

	}

}
