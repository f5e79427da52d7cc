package io.idbridge.engine.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.List;

/**
 * Compiles the CEL expressions of a configuration. Every expression sees the same variables; which of them hold data
 * depends on where the expression is used:
 * <ul>
 *   <li>{@code source}, {@code sourceContract}: raw source fields (source mappings)</li>
 *   <li>{@code person}, {@code contract}: the mapped person and one of its contracts (rules, account fields)</li>
 *   <li>{@code today}: the evaluation day as {@code yyyy-MM-dd} text (dates compare as text)</li>
 *   <li>{@code iteration}: the attempt number when generating a unique value</li>
 * </ul>
 * Standard CEL with its macros ({@code has}, {@code exists}, {@code all}, {@code map}, {@code filter}) and string
 * extension, plus {@code normalize(string)} (see {@link Normalizer}).
 */
public final class ExpressionCompiler {
    public static final List<String> VARIABLES = List.of("source", "sourceContract", "person", "contract", "today",
            "iteration");

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    public ExpressionCompiler() {
        CelOptions options = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(options)
                // has(), all(), exists(), exists_one(), map(), filter()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addLibraries(CelExtensions.strings())
                .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration("normalize",
                        CelOverloadDecl.newGlobalOverload("normalize_string", SimpleType.STRING, SimpleType.STRING)));
        for (String variable : VARIABLES) {
            builder.addVar(variable, variable.equals("iteration") ? SimpleType.INT
                    : variable.equals("today") ? SimpleType.STRING : SimpleType.DYN);
        }
        compiler = builder.build();
        runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(options)
                .addLibraries(CelExtensions.strings())
                .addFunctionBindings(CelFunctionBinding.from("normalize_string", String.class, Normalizer::normalize))
                .build();
    }

    /**
     * Compiles one expression.
     *
     * @param origin where it is configured, used in every later error message
     * @throws ExpressionException with CEL's explanation when the expression is invalid
     */
    public Expression compile(String text, String origin) {
        try {
            CelValidationResult result = compiler.compile(text);
            if (result.hasError()) {
                throw new ExpressionException("invalid expression '" + text + "': " + result.getErrorString());
            }
            CelAbstractSyntaxTree ast = result.getAst();
            return new Expression(text, origin, runtime.createProgram(ast), ResultMemo.of(ast),
                    DirectEvaluator.of(ast.getExpr()));
        } catch (CelValidationException | CelEvaluationException failure) {
            throw new ExpressionException("invalid expression '" + text + "': " + failure.getMessage(), failure);
        }
    }
}
