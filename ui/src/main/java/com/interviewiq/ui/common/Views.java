package com.interviewiq.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Loads a feature's FXML with its controller built by the feature (no reflection-made controllers). */
public final class Views {
    private Views() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(Class<?> owner, String fxml, Function<Class<?>, Object> controllerFactory) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxml));
        loader.setControllerFactory(controllerFactory::apply);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
