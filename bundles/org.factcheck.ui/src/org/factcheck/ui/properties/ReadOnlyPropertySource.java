package org.factcheck.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Properties shown in the Properties view, read-only, in categories, in the order added. */
final class ReadOnlyPropertySource implements IPropertySource {

	private record Property(String category, String name, Object value) {
	}

	private final List<Property> properties = new ArrayList<>();

	/** Adds a property; a null value leaves it out. */
	ReadOnlyPropertySource add(String category, String name, Object value) {
		if (value != null) {
			properties.add(new Property(category, name, value));
		}
		return this;
	}

	@Override
	public Object getEditableValue() {
		return null;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[properties.size()];
		for (int i = 0; i < descriptors.length; i++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(i, properties.get(i).name());
			descriptor.setCategory(properties.get(i).category());
			descriptor.setAlwaysIncompatible(true);
			descriptors[i] = descriptor;
		}
		return descriptors;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return String.valueOf(properties.get((Integer) id).value());
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
	}
}
