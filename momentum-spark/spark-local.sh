#!/usr/bin/env bash
# Runs the momentum-spark job on this machine without a Spark distribution: Spark's jars come from Maven.
#   momentum-spark/spark-local.sh indicators --master 'local[2]' --data DIR --out DIR
#   momentum-spark/spark-local.sh forecast --master 'local[2]' --observations FILE --series FILE --horizon 18 --out DIR
# On a cluster use spark-submit with target/momentum-spark.jar instead (docs/spark.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$HERE/target/momentum-spark.jar"
CP="$HERE/target/spark-classpath.txt"
if [ ! -f "$JAR" ] || [ ! -f "$CP" ] || [ -n "$(find "$ROOT/momentum-core/src/main" "$HERE/src/main" "$HERE/pom.xml" -newer "$JAR" -type f 2>/dev/null | head -n 1)" ]; then
  echo "momentum-spark: building the job jar and Spark's classpath ..." >&2
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests -pl momentum-spark -am package dependency:build-classpath \
      -Dmdep.includeScope=compile -Dmdep.outputFile=target/spark-classpath.txt) >&2
fi
# Spark 4 on Java 17 opens these JDK packages (as Spark's own launcher does)
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
--add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
exec java ${SPARK_JAVA_OPTS:--Xmx6g} $OPENS -Dspark.ui.enabled=false -cp "$JAR:$(cat "$CP")" org.momentum.spark.SparkMain "$@"
