package fr.guichet.expr;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.data.conversion.DefaultEvaluationValueConverter;
import com.ezylang.evalex.data.conversion.EvaluationValueConverterIfc;
import com.ezylang.evalex.parser.ASTNode;
import java.math.BigDecimal;

/**
 * EvalEx converts every literal and lazy argument on each evaluation by trying its converters in
 * turn; the types our expressions produce are converted directly, the rest as EvalEx would.
 */
final class DirectConverter implements EvaluationValueConverterIfc {

  private final DefaultEvaluationValueConverter fallback = new DefaultEvaluationValueConverter();

  @Override
  public EvaluationValue convertObject(Object object, ExpressionConfiguration configuration) {
    if (object instanceof EvaluationValue value) return value;
    if (object instanceof ASTNode node) return EvaluationValue.expressionNodeValue(node);
    if (object instanceof Boolean yes) return yes ? EvaluationValue.TRUE : EvaluationValue.FALSE;
    if (object instanceof String text) return EvaluationValue.stringValue(text);
    if (object instanceof BigDecimal number) return EvaluationValue.numberValue(number);
    return fallback.convertObject(object, configuration);
  }
}
