"""Qt widgets only: the main window shell, screens, wizards and dialogs."""
