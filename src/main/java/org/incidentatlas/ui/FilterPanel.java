package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.AdminArea;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.TextFold;

/**
 * The filter side panel: free text, type of violence, actors, OCHA governorate, district and sub-district, deaths
 * at least N, location and date precision, dataset; a summary line of what is shown and one action that clears
 * every filter. Each change is applied at once through the {@link FilterViewModel}.
 */
public final class FilterPanel extends ScrollPane {
    public static final String ID = "filters";
    public static final String TEXT_ID = "filter-text";
    public static final String SUMMARY_ID = "filter-summary";
    public static final String CLEAR_ID = "filter-clear";
    public static final String ACTORS_ID = "filter-actors";
    public static final String GOVERNORATES_ID = "filter-governorates";
    public static final String DISTRICTS_ID = "filter-districts";
    public static final String SUBDISTRICTS_ID = "filter-subdistricts";
    public static final String MIN_DEATHS_ID = "filter-min-deaths";
    /** Followed by the category's code, 1 to 5. */
    public static final String CATEGORY_ID_PREFIX = "filter-category-";
    public static final String EVENT_TYPES_ID = "filter-event-types";

    private static final String ANY = "any";

    private final FilterViewModel model;
    private final TextField text = new TextField();
    private final List<CheckBox> types = new ArrayList<>();
    private final CheckComboBox<String> actors = new CheckComboBox<>();
    private final CheckComboBox<AdminArea> governorates = new CheckComboBox<>();
    private final CheckComboBox<AdminArea> districts = new CheckComboBox<>();
    private final CheckComboBox<AdminArea> subdistricts = new CheckComboBox<>();
    private final Spinner<Integer> minDeaths = new Spinner<>(0, 100_000, 0);
    private final ComboBox<Object> location = new ComboBox<>();
    private final ComboBox<Object> date = new ComboBox<>();
    private final List<CheckBox> datasets = new ArrayList<>();
    private final List<CheckBox> categories = new ArrayList<>();
    private final CheckComboBox<String> eventTypes = new CheckComboBox<>();
    private boolean resetting;

    public FilterPanel(FilterViewModel model) {
        this.model = model;
        setId(ID);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(220);
        setPrefWidth(270);
        VBox box = new VBox(6);
        box.setPadding(new Insets(10));
        Label summary = DetailLabels.bold("");
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(model.summaryProperty());
        Button clear = new Button("Clear all filters");
        clear.setId(CLEAR_ID);
        clear.setOnAction(e -> clearAll());
        text.setId(TEXT_ID);
        text.setPromptText("place, actor, outlet, headline");
        text.textProperty().addListener((o, a, b) -> changed());
        box.getChildren().addAll(DetailLabels.heading("Filters"), summary, clear, label("Search"), text,
                label("Type of violence"));
        for (ViolenceType t : ViolenceType.values()) {
            CheckBox c = new CheckBox(t.words());
            c.setUserData(t);
            c.selectedProperty().addListener((o, a, b) -> changed());
            types.add(c);
            box.getChildren().add(c);
        }
        box.getChildren().add(label("Common category (every dataset)"));
        for (CommonCategory c : CommonCategory.values()) {
            CheckBox check = new CheckBox(c.words());
            check.setUserData(c);
            check.setId(CATEGORY_ID_PREFIX + c.code());
            check.selectedProperty().addListener((o, a, b) -> changed());
            categories.add(check);
            box.getChildren().add(check);
        }
        setUpChecks(actors, ACTORS_ID, "actors", model.codes().actors().stream().sorted().toList(),
                Function.identity());
        List<AdminArea> govs = new ArrayList<>(model.codes().boundaries().governorates().areas());
        govs.sort(Comparator.comparing(AdminArea::name));
        setUpChecks(governorates, GOVERNORATES_ID, "governorates", govs, AdminArea::label);
        List<AdminArea> dists = new ArrayList<>(model.codes().boundaries().districts().areas());
        dists.sort(Comparator.comparing(AdminArea::name));
        setUpChecks(districts, DISTRICTS_ID, "districts", dists, AdminArea::label);
        List<AdminArea> subs = new ArrayList<>(model.codes().boundaries().subdistricts().areas());
        subs.sort(Comparator.comparing(AdminArea::name));
        setUpChecks(subdistricts, SUBDISTRICTS_ID, "sub-districts", subs, AdminArea::label);
        minDeaths.setId(MIN_DEATHS_ID);
        minDeaths.setEditable(true);
        minDeaths.valueProperty().addListener((o, a, b) -> changed());
        setUpPrecision(location, LocationPrecision.values(), p -> "at worst " + ((LocationPrecision) p).words());
        setUpPrecision(date, DatePrecision.values(), p -> "at worst " + ((DatePrecision) p).words());
        box.getChildren().addAll(label("Side A or side B"), actors, label("Governorate (OCHA)"), governorates,
                label("District (OCHA)"), districts, label("Sub-district (OCHA)"), subdistricts,
                label("Deaths (best) at least"), minDeaths,
                label("Location precision"), location, label("Date precision"), date, label("Dataset"));
        for (String d : model.codes().datasets()) {
            CheckBox c = new CheckBox(d);
            c.selectedProperty().addListener((o, a, b) -> changed());
            datasets.add(c);
            box.getChildren().add(c);
        }
        List<String> ownWords = model.codes().eventTypes().stream().sorted().toList();
        if (!ownWords.isEmpty()) {
            setUpChecks(eventTypes, EVENT_TYPES_ID, "event types", ownWords, Function.identity());
            box.getChildren().addAll(label("Event type (the dataset's own words)"), eventTypes);
        }
        setContent(box);
    }

    /** The filter the controls describe. */
    IncidentFilter current() {
        Set<ViolenceType> t = EnumSet.noneOf(ViolenceType.class);
        types.stream().filter(CheckBox::isSelected).forEach(c -> t.add((ViolenceType) c.getUserData()));
        Set<CommonCategory> cs = EnumSet.noneOf(CommonCategory.class);
        categories.stream().filter(CheckBox::isSelected).forEach(c -> cs.add((CommonCategory) c.getUserData()));
        Set<String> ds = new LinkedHashSet<>();
        datasets.stream().filter(CheckBox::isSelected).forEach(c -> ds.add(c.getText()));
        Integer min = minDeaths.getValue();
        return IncidentFilter.builder().text(text.getText()).types(t)
                .actors(new LinkedHashSet<>(actors.getCheckModel().getCheckedItems()))
                .governorates(governorates.getCheckModel().getCheckedItems().stream().map(AdminArea::pcode).toList())
                .districts(districts.getCheckModel().getCheckedItems().stream().map(AdminArea::pcode).toList())
                .subdistricts(subdistricts.getCheckModel().getCheckedItems().stream().map(AdminArea::pcode).toList())
                .minDeaths(min == null || min <= 0 ? null : min)
                .worstLocation(location.getValue() instanceof LocationPrecision p ? p : null)
                .worstDate(date.getValue() instanceof DatePrecision p ? p : null)
                .datasets(ds).categories(cs)
                .eventTypes(new LinkedHashSet<>(eventTypes.getCheckModel().getCheckedItems())).build();
    }

    /**
     * Sets the controls to a filter (a remembered or saved one) and applies it. Parts this data has no choice for (an
     * actor or dataset it does not hold) are dropped quietly; days are the timeline's, not the panel's, so they are
     * left out.
     */
    public void show(IncidentFilter f) {
        resetting = true;
        try {
            text.setText(f.text() == null ? "" : f.text());
            types.forEach(c -> c.setSelected(f.types().contains((ViolenceType) c.getUserData())));
            datasets.forEach(c -> c.setSelected(f.datasets().contains(c.getText())));
            categories.forEach(c -> c.setSelected(f.categories().contains((CommonCategory) c.getUserData())));
            check(eventTypes, w -> f.eventTypes().contains(w));
            check(actors, a -> f.actors().stream().anyMatch(x -> TextFold.fold(x).equals(TextFold.fold(a))));
            check(governorates, a -> named(a, f.governorates()));
            check(districts, a -> named(a, f.districts()));
            check(subdistricts, a -> named(a, f.subdistricts()));
            minDeaths.getValueFactory().setValue(f.minDeaths() == null ? 0 : f.minDeaths());
            location.setValue(f.worstLocation() == null ? ANY : f.worstLocation());
            date.setValue(f.worstDate() == null ? ANY : f.worstDate());
        } finally {
            resetting = false;
        }
        model.apply(current());
    }

    private static boolean named(AdminArea area, List<String> queries) {
        return queries.stream().anyMatch(area::matches);
    }

    private static <T> void check(CheckComboBox<T> box, java.util.function.Predicate<T> wanted) {
        box.getCheckModel().clearChecks();
        for (T item : box.getItems()) {
            if (wanted.test(item)) {
                box.getCheckModel().check(item);
            }
        }
    }

    /** Resets every control and shows every incident again. */
    public void clearAll() {
        resetting = true;
        try {
            text.clear();
            types.forEach(c -> c.setSelected(false));
            datasets.forEach(c -> c.setSelected(false));
            categories.forEach(c -> c.setSelected(false));
            eventTypes.getCheckModel().clearChecks();
            actors.getCheckModel().clearChecks();
            governorates.getCheckModel().clearChecks();
            districts.getCheckModel().clearChecks();
            subdistricts.getCheckModel().clearChecks();
            minDeaths.getValueFactory().setValue(0);
            location.setValue(ANY);
            date.setValue(ANY);
        } finally {
            resetting = false;
        }
        model.clearAll();
    }

    private void changed() {
        if (!resetting) {
            model.request(current());
        }
    }

    private <T> void setUpChecks(CheckComboBox<T> box, String id, String title, List<T> items,
            Function<T, String> name) {
        box.setId(id);
        box.getItems().setAll(items);
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> changed());
    }

    private void setUpPrecision(ComboBox<Object> box, Object[] values, Function<Object, String> words) {
        box.getItems().add(ANY);
        box.getItems().addAll(values);
        box.setValue(ANY);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o == null || ANY.equals(o) ? ANY : words.apply(o);
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        box.valueProperty().addListener((o, a, b) -> changed());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-padding: 4 0 0 0;");
        l.getStyleClass().add("muted");
        return l;
    }

    /** Puts the keyboard in the search field (Edit > Find, Ctrl+F). */
    public void focusSearch() {
        text.requestFocus();
        text.selectAll();
    }
}
