"""The inspector's admin views: dashboard, findings (with waiving and exports), inspections."""
