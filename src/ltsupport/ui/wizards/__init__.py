"""Wizards generated from the checklist data: the transition-plan wizard (an intro page, one
page per long-term needs area, a review page) and the small dialogs its pages open."""
