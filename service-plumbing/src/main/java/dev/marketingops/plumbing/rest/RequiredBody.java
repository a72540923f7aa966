package dev.marketingops.plumbing.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method's body parameter as required: an empty body is a 400 naming {@code body}, not a null. */
@NotNull
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredBody {

    String message() default "a JSON body is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
