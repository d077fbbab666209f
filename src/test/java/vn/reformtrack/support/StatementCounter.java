package vn.reformtrack.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements the application runs on the calling thread: the test context's data source is wrapped by
 * datasource-proxy, whose count is kept per thread (a MockMvc request runs on the test's thread). Part of every
 * {@link IntegrationTest} context, so counting needs no context of its own. The statements themselves are kept too
 * (per thread, since the last reset), so that a count that differs can say which statement made the difference.
 */
public class StatementCounter implements BeanPostProcessor, Ordered {

    private static final ThreadLocal<List<String>> RUN = ThreadLocal.withInitial(ArrayList::new);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** After {@link PooledTestDatabase}: the statements are counted on their way into the pool. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery()
                    .listener(new Remembering()).build();
        }
        return bean;
    }

    /** Starts counting again from zero on this thread. */
    public static void reset() {
        QueryCountHolder.clear();
        RUN.get().clear();
    }

    /** Statements run on this thread since the last {@link #reset}. */
    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    /** The statements run on this thread since the last {@link #reset}, in order, each on one line. */
    public static String statements() {
        return RUN.get().stream().map(query -> WHITESPACE.matcher(query).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
    }

    private static final class Remembering implements QueryExecutionListener {

        @Override
        public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            queryInfoList.forEach(query -> RUN.get().add(query.getQuery()));
        }
    }
}
