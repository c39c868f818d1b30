package crmcopilot.web.internal;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields and request parameters bound to {@code double} or {@code float} refuse
 * {@code NaN} and infinities ({@code "Infinity"}, {@code 1e400}) as they refuse letters:
 * a binding error on the field (code {@code typeMismatch}), a 400 naming it on the API.
 * JSON bodies get the same rule from {@link JsonInputConfiguration}.
 */
@ControllerAdvice
class FiniteNumberBinding {

	@InitBinder
	void finiteNumbersOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Double.class, new FiniteNumberEditor(false, true));
		binder.registerCustomEditor(double.class, new FiniteNumberEditor(false, false));
		binder.registerCustomEditor(Float.class, new FiniteNumberEditor(true, true));
		binder.registerCustomEditor(float.class, new FiniteNumberEditor(true, false));
	}

	/**
	 * Parses like {@link Double#valueOf}; a blank value is null where null is allowed.
	 */
	static final class FiniteNumberEditor extends PropertyEditorSupport {

		private final boolean toFloat;

		private final boolean allowEmpty;

		FiniteNumberEditor(boolean toFloat, boolean allowEmpty) {
			this.toFloat = toFloat;
			this.allowEmpty = allowEmpty;
		}

		@Override
		public void setAsText(@Nullable String text) {
			if (!StringUtils.hasText(text)) {
				if (!this.allowEmpty) {
					throw new IllegalArgumentException("a number is required");
				}
				setValue(null);
				return;
			}
			double value = Double.parseDouble(text.strip());
			if (!Double.isFinite(value) || (this.toFloat && !Float.isFinite((float) value))) {
				throw new IllegalArgumentException("not a finite number: " + text);
			}
			setValue(this.toFloat ? (Object) (float) value : (Object) value);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
