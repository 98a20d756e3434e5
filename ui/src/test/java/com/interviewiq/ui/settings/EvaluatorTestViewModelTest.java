package com.interviewiq.ui.settings;

import com.interviewiq.engine.config.EvaluatorSettings;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.config.SettingsResolver;
import com.interviewiq.engine.evaluation.EvaluatorTrial;
import com.interviewiq.ui.common.QueuedFxThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTestViewModelTest {
    @TempDir
    Path dataDir;
    private final QueuedFxThread fx = new QueuedFxThread();
    private final AtomicReference<EvaluatorSettings> tried = new AtomicReference<>();
    private final CompletableFuture<EvaluatorTrial.Result> answer = new CompletableFuture<>();

    private EvaluatorTestViewModel model(SettingsViewModel fields, Map<String, String> env) {
        return new EvaluatorTestViewModel(fields, e -> {
            tried.set(e);
            return answer;
        }, env::get, fx);
    }

    private SettingsViewModel fields() {
        return new SettingsViewModel(dataDir, Map.of(), SettingsResolver.resolve(dataDir, Map.of(), Map.of(), Map.of()));
    }

    @Test
    void triesTheEditedFieldsAndShowsTheOutcomeOnTheFxThread() {
        SettingsViewModel fields = fields();
        fields.value(SettingKey.EVALUATOR_URL).set("http://127.0.0.1:11434/v1/chat/completions");
        fields.value(SettingKey.EVALUATOR_MODEL).set("llama3");
        fields.value(SettingKey.EVALUATOR_TIMEOUT_SECONDS).set("5");
        EvaluatorTestViewModel m = model(fields, Map.of());

        m.test();

        assertThat(tried.get().model()).isEqualTo("llama3");
        assertThat(tried.get().timeout().toSeconds()).isEqualTo(5);
        assertThat(m.running().get()).isTrue();
        assertThat(m.result().get()).isEqualTo("Grading a sample answer with llama3 (up to 5 s)…");

        answer.complete(new EvaluatorTrial.Result(true, 80, 420, "Good.", null, null));
        assertThat(m.result().get()).as("not before the FX thread runs it").startsWith("Grading");
        fx.settle(() -> !m.running().get());

        assertThat(m.result().get()).isEqualTo("Remote scored the sample answer 80/100 in 420 ms. Its reply: Good.");
    }

    @Test
    void withoutAUrlThereIsNothingToTry() {
        EvaluatorTestViewModel m = model(fields(), Map.of());

        m.test();

        assertThat(tried.get()).isNull();
        assertThat(m.result().get()).isEqualTo("No remote evaluator URL is set: answers are scored by the semantic evaluator.");
    }

    @Test
    void anInvalidFieldIsFixedFirst() {
        SettingsViewModel fields = fields();
        fields.value(SettingKey.EVALUATOR_URL).set("http://127.0.0.1:11434/v1/chat/completions");
        fields.value(SettingKey.EVALUATOR_TIMEOUT_SECONDS).set("500");
        EvaluatorTestViewModel m = model(fields, Map.of());

        m.test();

        assertThat(tried.get()).isNull();
        assertThat(m.result().get()).isEqualTo("Fix the fields marked in red first.");
        assertThat(fields.error(SettingKey.EVALUATOR_TIMEOUT_SECONDS).get()).contains("outside 1..120 s");
    }

    @Test
    void saysWhenTheNamedKeyVariableIsNotSetHere() {
        SettingsViewModel fields = fields();
        EvaluatorTestViewModel m = model(fields, Map.of("IQ_SET_KEY", "sk-x"));
        assertThat(m.keyNote().get()).as("no URL, no remote: nothing to say").isEmpty();

        fields.value(SettingKey.EVALUATOR_URL).set("http://127.0.0.1:11434/v1/chat/completions");
        fields.value(SettingKey.EVALUATOR_API_KEY_ENV).set("IQ_UNSET_KEY");
        assertThat(m.keyNote().get()).startsWith("The API key variable IQ_UNSET_KEY is not set in this console's environment");

        fields.value(SettingKey.EVALUATOR_API_KEY_ENV).set("IQ_SET_KEY");
        assertThat(m.keyNote().get()).isEmpty();
    }
}
