"""The catalogue's search field and filters (category, needs area, language, place) and the
count of resources shown. The texts keep the ``CatalogueScreen`` translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from ltsupport.checklist import NEED_AREAS
from ltsupport.services.catalogue_file import CATEGORIES
from ltsupport.ui.labels import category_label, language_label, ui_language


class CatalogueFilters:
    """The search and filter widgets, laid out in two rows the screen places."""

    def __init__(self, metrics: QFontMetrics) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "CatalogueScreen", "Search the catalogue: a name, a service, a language, a place"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Search the catalogue")
        )
        search_label = QLabel(QCoreApplication.translate("CatalogueScreen", "&Search:"))
        search_label.setBuddy(self.search)

        self.category_filter = QComboBox()
        self.category_filter.addItem(
            QCoreApplication.translate("CatalogueScreen", "All categories"), None
        )
        for key in CATEGORIES:
            self.category_filter.addItem(category_label(key), key)
        self.category_filter.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Category")
        )
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(18)
        category_label_widget = QLabel(QCoreApplication.translate("CatalogueScreen", "Cate&gory:"))
        category_label_widget.setBuddy(self.category_filter)

        self.area_filter = QComboBox()
        self.area_filter.addItem(
            QCoreApplication.translate("CatalogueScreen", "All needs areas"), None
        )
        language = ui_language()
        for area in NEED_AREAS:
            self.area_filter.addItem(area.title.get(language), area.key)
        self.area_filter.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Needs area")
        )
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_filter.setMinimumContentsLength(14)
        area_label = QLabel(QCoreApplication.translate("CatalogueScreen", "Needs &area:"))
        area_label.setBuddy(self.area_filter)

        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Language")
        )
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_label_widget = QLabel(QCoreApplication.translate("CatalogueScreen", "La&nguage:"))
        language_label_widget.setBuddy(self.language_filter)

        self.place_filter = QLineEdit()
        self.place_filter.setPlaceholderText(
            QCoreApplication.translate("CatalogueScreen", "City, or ON, QC…")
        )
        self.place_filter.setClearButtonEnabled(True)
        self.place_filter.setMinimumWidth(
            metrics.horizontalAdvance(self.place_filter.placeholderText() + "MMMM")
        )
        self.place_filter.setAccessibleName(QCoreApplication.translate("CatalogueScreen", "Place"))
        self.place_filter.setAccessibleDescription(
            QCoreApplication.translate(
                "CatalogueScreen", "A city, or a province or territory code such as ON or QC."
            )
        )
        place_label_widget = QLabel(QCoreApplication.translate("CatalogueScreen", "&Place:"))
        place_label_widget.setBuddy(self.place_filter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(
            QCoreApplication.translate("CatalogueScreen", "Number of resources shown")
        )

        self.search_row = QHBoxLayout()
        self.search_row.addWidget(search_label)
        self.search_row.addWidget(self.search, 3)
        self.search_row.addSpacing(8)
        self.search_row.addWidget(place_label_widget)
        self.search_row.addWidget(self.place_filter, 1)
        self.search_row.addSpacing(8)
        self.search_row.addWidget(self.count_label)
        self.filters_row = QHBoxLayout()
        self.filters_row.addWidget(category_label_widget)
        self.filters_row.addWidget(self.category_filter, 3)
        self.filters_row.addSpacing(8)
        self.filters_row.addWidget(area_label)
        self.filters_row.addWidget(self.area_filter, 2)
        self.filters_row.addSpacing(8)
        self.filters_row.addWidget(language_label_widget)
        self.filters_row.addWidget(self.language_filter, 1)

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return (self.category_filter, self.area_filter, self.language_filter)

    def show_vocabulary(self, counts: dict[str, int], codes: list[str]) -> None:
        """Write the count of each category and list the languages present (keeping the
        language chosen, when it is still there), without searching."""
        for i in range(1, self.category_filter.count()):
            key = str(self.category_filter.itemData(i))
            self.category_filter.setItemText(
                i,
                QCoreApplication.translate("CatalogueScreen", "%1 (%2)")
                .replace("%1", category_label(key))
                .replace("%2", str(counts.get(key, 0))),
            )
        chosen = self.language_filter.currentData()
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(
            QCoreApplication.translate("CatalogueScreen", "All languages"), None
        )
        for code in codes:
            self.language_filter.addItem(language_label(code), code)
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(chosen), 0))
        self.language_filter.blockSignals(False)

    def clear(self) -> None:
        """Empty the search and every filter, without searching."""
        for field in (self.search, self.place_filter):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
