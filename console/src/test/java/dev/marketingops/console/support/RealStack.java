package dev.marketingops.console.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the stack once, so every console test class shares one application and one stack. */
@QuarkusTestResource(value = ConsoleStack.class, restrictToAnnotatedClass = false)
public final class RealStack {

    private RealStack() {
    }
}
