"""Request and response models of the REST and CDS Hooks APIs (apart from the ORM models)."""
