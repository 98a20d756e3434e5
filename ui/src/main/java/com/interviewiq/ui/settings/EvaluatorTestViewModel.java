package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.evaluation.EvaluatorTrial;
import com.interviewiq.ui.common.FxThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * "Test evaluator" on the Settings screen: grades a sample answer with the evaluator fields as
 * edited (before Apply), and says when the API key variable they name is not set here, since the
 * key itself is never typed into the console.
 */
public final class EvaluatorTestViewModel {
    private final SettingsViewModel fields;
    private final Function<EvaluatorSettings, CompletionStage<EvaluatorTrial.Result>> trial;
    private final Function<String, String> env;
    private final Executor fx;
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty keyNote = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();

    /** {@code env} looks up the console's environment variables (the key is read from there). */
    public EvaluatorTestViewModel(SettingsViewModel fields,
                                  Function<EvaluatorSettings, CompletionStage<EvaluatorTrial.Result>> trial,
                                  Function<String, String> env, Executor fx) {
        this.fields = fields;
        this.trial = trial;
        this.env = env;
        this.fx = fx;
        fields.value(SettingKey.EVALUATOR_URL).addListener((o, was, now) -> refreshKeyNote());
        fields.value(SettingKey.EVALUATOR_API_KEY_ENV).addListener((o, was, now) -> refreshKeyNote());
        refreshKeyNote();
    }

    /** Off the FX thread; the result arrives in {@link #result()}. */
    public void test() {
        if (running.get()) {
            return;
        }
        if (!fields.validate()) {
            result.set("Fix the fields marked in red first.");
            return;
        }
        EvaluatorSettings e;
        try {
            e = fields.resolved().evaluator();
        } catch (RuntimeException ex) {
            result.set(FxThread.message(ex));
            return;
        }
        if (e.url() == null) {
            result.set("No remote evaluator URL is set: answers are scored by the " + e.kind().label() + " evaluator.");
            return;
        }
        e = e.asRemote(); // the remote is tried whatever scores now: one tests it before choosing it
        running.set(true);
        result.set("Grading a sample answer with " + e.model() + " (up to " + e.timeout().toSeconds() + " s)…");
        FxThread.then(trial.apply(e), fx, r -> {
            running.set(false);
            result.set(r.sentence());
        }, ex -> {
            running.set(false);
            result.set("Test failed: " + FxThread.message(ex));
        });
    }

    private void refreshKeyNote() {
        String url = fields.value(SettingKey.EVALUATOR_URL).get();
        String variable = fields.value(SettingKey.EVALUATOR_API_KEY_ENV).get();
        boolean unset = url != null && !url.isBlank() && variable != null && !variable.isBlank()
                && EvaluatorSettings.isVariableName(variable)
                && blank(env.apply(variable.strip()));
        keyNote.set(unset ? "The API key variable " + variable.strip() + " is not set in this console's environment:"
                + " requests go without a key (fine for Ollama or llama.cpp; a hosted model will answer 401)." : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ReadOnlyStringProperty result() {
        return result;
    }

    public ReadOnlyStringProperty keyNote() {
        return keyNote;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }
}
