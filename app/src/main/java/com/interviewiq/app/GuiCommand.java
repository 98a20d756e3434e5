package com.interviewiq.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "gui", description = "Open the console (the default).", mixinStandardHelpOptions = true)
final class GuiCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        return root.guiLauncher.launch(global.over(root.global));
    }
}
