"""CDS Hooks: the note-check services, where they find the note, and the cards they return."""
